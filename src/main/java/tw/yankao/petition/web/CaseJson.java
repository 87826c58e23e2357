package tw.yankao.petition.web;

import java.time.Instant;

import tw.yankao.petition.CaseKind;
import tw.yankao.petition.CaseStatus;
import tw.yankao.petition.Channel;
import tw.yankao.petition.DeadlineState;
import tw.yankao.petition.PetitionCase;
import tw.yankao.petition.Petitioner;
import tw.yankao.petition.ReplyChannel;

/** A case in the JSON API, already masked for the viewer; {@code version} is what a workflow step must send back. */
record CaseJson(String number, CaseKind kind, Channel channel, String category, String description, String address,
		String district, Double latitude, Double longitude, boolean anonymous, PetitionerJson petitioner,
		ReplyChannel replyChannel, String language, CaseStatus status, DeadlineState deadlineState, Long agencyId,
		Instant receivedAt, Instant deadline, Instant closedAt, String reply, int version) {

	/** The petitioner's fields; a record of its own because {@link Petitioner#toString()} hides them from logs only. */
	record PetitionerJson(String name, String phone, String email, String address) {
	}

	static CaseJson of(PetitionCase c, Instant now) {
		Petitioner p = c.petitioner();
		return new CaseJson(c.number().value(), c.kind(), c.channel(), c.category(), c.description(),
				c.location().address(), c.location().district(), c.location().latitude(), c.location().longitude(),
				c.anonymous(), p == null ? null : new PetitionerJson(p.name(), p.phone(), p.email(), p.address()),
				c.replyChannel(), c.language(), c.status(), DeadlineState.of(c, now), c.agencyId(), c.receivedAt(),
				c.deadline(), c.closedAt(), c.handling().reply(), c.version());
	}
}
