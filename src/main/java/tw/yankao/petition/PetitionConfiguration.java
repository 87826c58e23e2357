package tw.yankao.petition;

import java.time.LocalDate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tw.yankao.shared.calendar.WorkingDayCalendar;
import tw.yankao.shared.profile.CityProfile;

/** The module's pure rule objects, built from the city profile and the government calendar. */
@Configuration(proxyBeanMethods = false)
class PetitionConfiguration {

	@Bean
	Deadlines petitionDeadlines(WorkingDayCalendar calendar, CityProfile profile) {
		return new Deadlines(new Deadlines.Calendar() {
			@Override
			public LocalDate addWorkingDays(LocalDate start, int n) {
				return calendar.addWorkingDays(start, n);
			}

			@Override
			public int workingDaysBetween(LocalDate from, LocalDate to) {
				return calendar.workingDaysBetween(from, to);
			}
		}, profile.timeZone());
	}

	@Bean
	CaseRules petitionCaseRules(CityProfile profile) {
		return new CaseRules(profile.petitions());
	}

}
