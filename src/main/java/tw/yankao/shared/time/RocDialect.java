package tw.yankao.shared.time;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.springframework.stereotype.Component;

/**
 * Adds {@code #roc} ({@link RocExpressions}) to Thymeleaf expressions. Spring Boot adds every
 * dialect bean to its template engine.
 */
@Component
public class RocDialect extends AbstractDialect implements IExpressionObjectDialect {

	/** The expression object's name: {@code ${#roc.date(d)}}. */
	public static final String OBJECT_NAME = "roc";

	private static final RocExpressions EXPRESSIONS = new RocExpressions();

	public RocDialect() {
		super("ROC dates");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(OBJECT_NAME);
			}

			@Override
			public @Nullable Object buildObject(IExpressionContext context, String name) {
				return OBJECT_NAME.equals(name) ? EXPRESSIONS : null;
			}

			// Stateless, so one object serves every template execution.
			@Override
			public boolean isCacheable(String name) {
				return true;
			}

		};
	}

}
