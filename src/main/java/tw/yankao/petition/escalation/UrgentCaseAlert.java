package tw.yankao.petition.escalation;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import tw.yankao.notify.Notice;
import tw.yankao.notify.Notifications;
import tw.yankao.notify.WebhookEvent;
import tw.yankao.notify.Webhooks;
import tw.yankao.petition.CaseIntake;
import tw.yankao.petition.CaseNumber;
import tw.yankao.petition.PetitionCase;
import tw.yankao.shared.DataChanged;
import tw.yankao.shared.profile.CityProfile;
import tw.yankao.shared.profile.PetitionRules;
import tw.yankao.shared.profile.UrgencyRules;
import tw.yankao.shared.time.RocDates;

/**
 * When a case of an urgent category is received (002: urgent cases are notified instantly to a
 * group channel): the group channels' webhooks and the owner agency's heads, in the application
 * and by e-mail. Runs inside the intake's transaction, so the alert is queued with the case or not
 * at all; the e-mails and HTTP calls leave after the commit.
 */
@Component
class UrgentCaseAlert {

	static final String KIND = "URGENT_CASE";

	private final CaseIntake intake;
	private final Responsible responsible;
	private final Notifications notifications;
	private final Webhooks webhooks;
	private final UrgencyRules urgency;
	private final PetitionRules rules;

	UrgentCaseAlert(CaseIntake intake, Responsible responsible, Notifications notifications, Webhooks webhooks,
			CityProfile profile) {
		this.intake = intake;
		this.responsible = responsible;
		this.notifications = notifications;
		this.webhooks = webhooks;
		this.urgency = profile.petitionUrgency();
		this.rules = profile.petitions();
	}

	@EventListener
	void on(DataChanged change) {
		if (!"petition_case".equals(change.entity()) || !"CREATE".equals(change.action())) {
			return;
		}
		PetitionCase c = intake.byNumber(new CaseNumber(change.entityId()));
		if (!urgency.isUrgent(c.category()) || !c.status().isOpen()) {
			return;
		}
		String category = categoryName(rules, c.category());
		String link = "/petitions/cases/" + c.number().value();
		notifications.send(new Notice(KIND, responsible.heads(c.agencyId()), "urgent.subject", "urgent.body",
				List.of(c.number().value(), category, district(c), RocDates.formatDateTime(c.deadline())), link, true));
		webhooks.publish(new WebhookEvent(WebhookEvent.Kind.URGENT_CASE, null, c.agencyId(), c.number().value(), category,
				c.location().district(), c.deadline(), link));
	}

	static String categoryName(PetitionRules rules, String code) {
		return rules.category(code).map(PetitionRules.Category::nameZh).orElse(code);
	}

	static String district(PetitionCase c) {
		return c.location().district() == null ? "-" : c.location().district();
	}

}
