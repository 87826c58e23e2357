package tw.yankao.petition.open311;

import org.springframework.stereotype.Component;

import tw.yankao.shared.demo.DemoDataset;

/** The demo's Open311 client, with the key the README documents so that anyone can try the API. */
@Component
class Open311DemoData implements DemoDataset {

	/** Documented in the README; a demo database only. */
	static final String DEMO_KEY = "o311_demo_taichung_2026";

	static final String DEMO_CLIENT = "示範用戶端 Demo client";

	private final Open311Clients clients;

	Open311DemoData(Open311Clients clients) {
		this.clients = clients;
	}

	@Override
	public int order() {
		return 41;
	}

	@Override
	public boolean isLoaded() {
		return clients.byName(DEMO_CLIENT).isPresent();
	}

	@Override
	public void load() {
		clients.create(DEMO_CLIENT, DEMO_KEY);
	}

}
