/**
 * The Open311 GeoReport v2 API at {@code /open311/v2/}: dispatch categories as services, intake of
 * service requests from API clients (keys managed by administrators), and the public view of
 * dispatch cases — never any personal data. Errors follow the spec's own format, not RFC 9457.
 */
package tw.yankao.petition.open311;
