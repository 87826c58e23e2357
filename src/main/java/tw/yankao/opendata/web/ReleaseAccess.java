package tw.yankao.opendata.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Component;

import tw.yankao.opendata.Catalogue;
import tw.yankao.opendata.Dataset;
import tw.yankao.opendata.release.Release;
import tw.yankao.opendata.release.Releases;
import tw.yankao.org.CurrentUsers;
import tw.yankao.shared.security.Role;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.shared.web.NotFound;

/**
 * Which releases a viewer may see: published ones for everyone, the others only for the RDEC. A
 * release the viewer may not see is not found, so that its existence does not leak either.
 */
@Component
class ReleaseAccess {

	private final Catalogue catalogue;
	private final Releases releases;
	private final CurrentUsers users;

	ReleaseAccess(Catalogue catalogue, Releases releases, CurrentUsers users) {
		this.catalogue = catalogue;
		this.releases = releases;
		this.users = users;
	}

	boolean isRdec() {
		return users.current().map(user -> user.has(Role.RDEC_STAFF)).orElse(false);
	}

	Dataset dataset(String id) {
		return catalogue.dataset(id).orElseThrow(() -> new NotFound("dataset", id));
	}

	Release release(String datasetId, String month) {
		Dataset dataset = dataset(datasetId);
		YearMonth period = month(month);
		return releases.find(dataset.identifier(), period)
			.filter(release -> release.published() || isRdec())
			.orElseThrow(() -> new NotFound("release", datasetId + "/" + month));
	}

	static YearMonth month(String month) {
		try {
			return YearMonth.parse(month);
		}
		catch (DateTimeParseException | NullPointerException ex) {
			throw new InvalidInput("month", "opendata.month.invalid", String.valueOf(month));
		}
	}

}
