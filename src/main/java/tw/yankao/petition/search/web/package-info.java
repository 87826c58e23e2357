/** The case search page and the similar-case panels of the intake and case pages. */
package tw.yankao.petition.search.web;
