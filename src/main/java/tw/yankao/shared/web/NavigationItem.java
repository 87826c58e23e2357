package tw.yankao.shared.web;

import java.util.Set;

import tw.yankao.shared.security.Role;

/**
 * One entry of the main navigation, contributed as a bean by the module that owns the page.
 *
 * @param labelKey the message key of the label
 * @param href the link, relative to the context path
 * @param roles the roles that see the entry
 * @param order position, smaller first
 */
public record NavigationItem(String labelKey, String href, Set<Role> roles, int order) {
}
