/**
 * The government working-day calendar: {@link tw.yankao.shared.calendar.WorkingDayCalendar} answers
 * which days are working days, {@link tw.yankao.shared.calendar.CalendarImport} loads the official
 * CSV files (data.gov.tw 14718), also from the command line ({@code calendar import FILE}) and
 * the administrators' page in {@code web}.
 */
@org.jspecify.annotations.NullMarked
package tw.yankao.shared.calendar;
