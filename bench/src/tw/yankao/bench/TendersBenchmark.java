package tw.yankao.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import tw.yankao.YankaoApplication;
import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.org.AgencyKind;
import tw.yankao.org.CurrentUser;
import tw.yankao.org.internal.SignedInUser;
import tw.yankao.shared.security.Role;
import tw.yankao.tracking.tenders.TenderImport;

/**
 * 10,000 rows of a procurement export (2,500 tenders, four months each) imported from one CSV file
 * (goal: under 5 s), against the same-run baseline of checking the file alone (parse, map, check,
 * no saves). The argument is an empty directory for the embedded PostgreSQL.
 */
public final class TendersBenchmark {

	private static final int TENDERS = 2_500;
	private static final int MONTHS = 4;

	public static void main(String[] args) throws Exception {
		Path data = Path.of(args[0]);
		try (ConfigurableApplicationContext context = new SpringApplication(YankaoApplication.class).run(
				"--yankao.db.embedded.data-dir=" + data.resolve("pg"), "--server.port=0", "--logging.level.root=WARN")) {
			SignedInUser admin = new SignedInUser(new CurrentUser(1, "bench", null, Set.of(Role.SYSTEM_ADMIN)), "bench");
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
			byte[] csv = csv(context.getBean(AgencyDirectory.class).all());
			TenderImport tenders = context.getBean(TenderImport.class);

			long start = System.nanoTime();
			TenderImport.Result checked = tenders.preview(csv);
			long checkMs = (System.nanoTime() - start) / 1_000_000;
			start = System.nanoTime();
			TenderImport.Result imported = tenders.importFile("bench.csv", csv);
			long importMs = (System.nanoTime() - start) / 1_000_000;
			System.out.printf("BENCH tenders import %d ms (%d rows; %d created, %d skipped)%n", importMs, imported.rows(),
					imported.created(), imported.skipped());
			System.out.printf("BENCH tenders check_baseline %d ms (%d rows parsed and checked, nothing saved)%n", checkMs,
					checked.rows());
		}
	}

	private static byte[] csv(List<Agency> all) {
		List<Agency> agencies = all.stream().filter(a -> a.kind() == AgencyKind.FIRST_LEVEL).toList();
		Random random = new Random(10_000);
		StringBuilder out = new StringBuilder("標案案號,標案名稱,主辦機關,預算金額,決標金額,年度,月份,預定進度,實際進度\n");
		for (int t = 0; t < TENDERS; t++) {
			String agency = agencies.get(random.nextInt(agencies.size())).code();
			long budget = 500_000L + random.nextInt(20_000) * 1_000L;
			for (int m = 1; m <= MONTHS; m++) {
				out.append("BT-").append(t).append(",工程").append(t).append(',').append(agency).append(',').append(budget)
					.append(",,114,").append(m).append(',').append(m * 20).append(',').append(m * 18).append('\n');
			}
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

}
