package tw.yankao.shared.profile;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The public portal's safety margins (petition.portal): how long verification codes live and how
 * many attempts are allowed before a rate limit answers "too many", and what the public map shows.
 *
 * @param codeLifeMinutes minutes a verification code is valid
 * @param codeAttempts wrong entries of one code before it is void
 * @param codesPerAddress codes sent to one e-mail address or phone per code window
 * @param codesPerIp codes requested from one IP address per code window
 * @param codeWindowMinutes minutes of the code window
 * @param statusTriesPerIp status look-ups from one IP address per status window
 * @param statusWindowMinutes minutes of the status window
 * @param mapDays calendar days of dispatch cases on the public map
 * @param mapGridMeters metres: points on the public map are rounded to a grid this coarse
 */
public record PortalRules(
		@NotNull @Min(1) @Max(60) Integer codeLifeMinutes,
		@NotNull @Min(1) @Max(20) Integer codeAttempts,
		@NotNull @Min(1) @Max(100) Integer codesPerAddress,
		@NotNull @Min(1) @Max(10000) Integer codesPerIp,
		@NotNull @Min(1) @Max(1440) Integer codeWindowMinutes,
		@NotNull @Min(1) @Max(10000) Integer statusTriesPerIp,
		@NotNull @Min(1) @Max(1440) Integer statusWindowMinutes,
		@NotNull @Min(1) @Max(366) Integer mapDays,
		@NotNull @Min(10) @Max(1000) Integer mapGridMeters) {
}
