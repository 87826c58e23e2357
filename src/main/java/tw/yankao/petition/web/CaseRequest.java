package tw.yankao.petition.web;

import tw.yankao.petition.Channel;
import tw.yankao.petition.Location;
import tw.yankao.petition.NewCase;
import tw.yankao.petition.Petitioner;
import tw.yankao.petition.ReplyChannel;

/**
 * A case posted to the JSON API; {@code petitioner} absent for an anonymous case. The idempotency
 * key comes in the {@code Idempotency-Key} header, not in the body.
 */
record CaseRequest(Channel channel, String category, Boolean inquiry, String description, String address,
		String district, Double latitude, Double longitude, Petitioner petitioner, ReplyChannel replyChannel,
		String language) {

	NewCase toNewCase(String idempotencyKey) {
		return new NewCase(idempotencyKey, channel, category, Boolean.TRUE.equals(inquiry), description,
				new Location(address, district, latitude, longitude), petitioner, replyChannel, language);
	}
}
