package tw.yankao.petition.portal;

import java.util.List;
import java.util.UUID;

import tw.yankao.petition.NewCase;
import tw.yankao.petition.attachments.Photo;

/**
 * A submission from the portal: the case, its photos, and the proof of the address.
 *
 * @param formToken the random token of the form shown, making a double submission one case
 * @param verificationId the code's id from {@link Verifications#send}
 */
public record PortalRequest(String formToken, NewCase newCase, List<Photo> photos, Verifications.Channel verifyChannel,
		String verifyAddress, UUID verificationId, String code) {
}
