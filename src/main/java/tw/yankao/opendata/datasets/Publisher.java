package tw.yankao.opendata.datasets;

/** What every dataset of the city shares: the RDEC publishes them and its open-data office answers. */
final class Publisher {

	static final String CODE = "TCG-RDEC";
	static final String OFFICE = "臺中市政府研究發展考核委員會 資訊管理科";
	static final String EMAIL = "opendata@taichung.gov.tw";

	private Publisher() {
	}

	static String percent(java.math.BigDecimal ratio) {
		return ratio.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
	}

}
