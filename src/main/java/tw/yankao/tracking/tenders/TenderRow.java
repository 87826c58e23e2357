package tw.yankao.tracking.tenders;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One checked row of a procurement export: a tender's state in one month.
 *
 * @param line the file's line (1 = header)
 * @param number 標案案號, the upsert key
 * @param budget 預算金額 in NT$
 * @param award 決標金額 in NT$, null when not yet awarded
 * @param planned 預定進度, cumulative percent
 * @param actual 實際進度, cumulative percent, null when not reported
 */
public record TenderRow(int line, String number, String title, long agencyId, BigDecimal budget, BigDecimal award,
		YearMonth month, BigDecimal planned, BigDecimal actual) {
}
