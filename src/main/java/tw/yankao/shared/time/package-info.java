/**
 * ROC (民國) dates: {@link tw.yankao.shared.time.RocDates} for code, {@code #roc} for Thymeleaf
 * templates and {@link tw.yankao.shared.time.RocDateFormatter} for web forms. Instants are shown
 * in {@code Asia/Taipei}.
 */
@org.jspecify.annotations.NullMarked
package tw.yankao.shared.time;
