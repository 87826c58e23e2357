package tw.yankao.tracking.documents;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import tw.yankao.shared.calendar.WorkingDayCalendar;
import tw.yankao.shared.profile.CityProfile;
import tw.yankao.shared.profile.DocumentRules;

/**
 * The city profile's urgency classes and categories, and the due date (限辦日期) a document
 * gets when the document system exported none: its urgency class's working days after receipt,
 * holidays not counted (文書處理手冊).
 */
@Component
public class DueDates {

	private final WorkingDayCalendar calendar;
	private final DocumentRules rules;
	private final Map<String, DocumentRules.UrgencyClass> urgencies;

	DueDates(WorkingDayCalendar calendar, CityProfile profile) {
		this.calendar = calendar;
		this.rules = profile.documents();
		this.urgencies = rules.urgencyClasses().stream()
			.collect(Collectors.toMap(DocumentRules.UrgencyClass::code, Function.identity()));
	}

	/** The urgency class written as its code or its Chinese name (最速件, 速件, 普通件). */
	Optional<DocumentRules.UrgencyClass> urgency(String text) {
		return rules.urgencyClasses().stream()
			.filter(u -> u.code().equalsIgnoreCase(text) || u.nameZh().equals(text))
			.findFirst();
	}

	/** The category written as its code, Chinese or English name. */
	Optional<DocumentRules.Category> category(String text) {
		return rules.categories().stream()
			.filter(c -> c.code().equalsIgnoreCase(text) || c.nameZh().equals(text) || c.nameEn().equalsIgnoreCase(text))
			.findFirst();
	}

	/** The due date of a document of the urgency class received on that day. */
	public LocalDate dueDate(String urgencyCode, LocalDate receivedOn) {
		return calendar.addWorkingDays(receivedOn, urgencies.get(urgencyCode).workingDays());
	}

	DocumentRules rules() {
		return rules;
	}

}
