package tw.yankao.petition.knowledge;

/**
 * An entry as a maintainer writes it.
 *
 * @param agency the maintaining agency's code
 * @param category a sub-category code, or blank for none
 */
public record KnowledgeDraft(String agency, String question, String answer, String category, String keywords) {
}
