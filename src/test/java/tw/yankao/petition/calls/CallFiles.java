package tw.yankao.petition.calls;

import java.nio.charset.StandardCharsets;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Call record files and clean-up for the tests; test call ids start with {@code T-CALL-}, dates are in 2003. */
public final class CallFiles {

	public static final String HEADER_ZH = "話務編號,佇列,開始時間,接聽時間,結束時間,話務人員,放棄";

	public static final String HEADER_EN = "call_id,queue,start,answered,end,agent,abandoned";

	private CallFiles() {
	}

	/** A UTF-8 CSV with a BOM, the Chinese header, and the given lines. */
	public static byte[] csv(String... lines) {
		return ("\uFEFF" + HEADER_ZH + "\n" + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	public static void removeTestCalls(JdbcClient jdbc) {
		jdbc.sql("delete from petition_call where call_id like 'T-CALL-%'").update();
	}

	public static long countTestCalls(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from petition_call where call_id like 'T-CALL-%'").query(Long.class).single();
	}

}
