package tw.yankao.opendata.datasets;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;

/** Agency code and Chinese name for the rows: open data names agencies, never our internal ids. */
@Component
class AgencyNames {

	private final AgencyDirectory directory;

	AgencyNames(AgencyDirectory directory) {
		this.directory = directory;
	}

	/** Every agency by id, read once per release. */
	Map<Long, Agency> byId() {
		return directory.all().stream().collect(Collectors.toMap(Agency::id, Function.identity()));
	}

}
