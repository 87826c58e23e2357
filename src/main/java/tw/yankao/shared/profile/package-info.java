/**
 * The city profile: the rules one city applies (thresholds, time limits, targets), read from
 * one validated YAML file per city at start-up and exposed as the {@link tw.yankao.shared.profile.CityProfile} bean.
 * Every threshold that DOMAIN.md names as a city's rule belongs here, never in a constant.
 */
package tw.yankao.shared.profile;
