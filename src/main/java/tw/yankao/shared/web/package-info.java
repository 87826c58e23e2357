/** The web shell: navigation, languages, request ids and problem details for the API. */
package tw.yankao.shared.web;
