package tw.yankao.plan.editing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import tw.yankao.shared.web.NotFound;

/** The edits of an ordered part of a plan (objectives, goals, indicators, work plans), as new lists. */
final class OrderedList {

	private OrderedList() {
	}

	static <T> List<T> append(List<T> list, T item) {
		List<T> result = new ArrayList<>(list);
		result.add(item);
		return result;
	}

	static <T> List<T> replace(List<T> list, int position, T item) {
		List<T> result = new ArrayList<>(list);
		result.set(check(list, position), item);
		return result;
	}

	static <T> List<T> remove(List<T> list, int position) {
		List<T> result = new ArrayList<>(list);
		result.remove(check(list, position));
		return result;
	}

	/** Moves the item one place up ({@code -1}) or down ({@code +1}); at either end it stays. */
	static <T> List<T> move(List<T> list, int position, int step) {
		check(list, position);
		int target = position + step;
		List<T> result = new ArrayList<>(list);
		if (target >= 0 && target < list.size()) {
			Collections.swap(result, position, target);
		}
		return result;
	}

	static <T> T at(List<T> list, int position) {
		return list.get(check(list, position));
	}

	private static int check(List<?> list, int position) {
		if (position < 0 || position >= list.size()) {
			throw new NotFound("position", position);
		}
		return position;
	}

}
