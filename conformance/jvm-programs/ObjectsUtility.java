import java.util.*;

public class ObjectsUtility {
    public static void main(String[] args) {
        System.out.println(Objects.equals(null, null) + " " + Objects.equals("a", null) + " " + Objects.equals("a", "a") + " " + Objects.deepEquals(new int[][] { { 1 } }, new int[][] { { 1 } }) + " " + Objects.deepEquals(new int[] { 1 }, new long[] { 1 }));
        System.out.println(Objects.toString(null) + " " + Objects.toString(null, "dflt") + " " + Objects.toString(5, "x") + " " + Objects.isNull(null) + " " + Objects.nonNull(null) + " " + Objects.requireNonNullElse(null, "else"));
        System.out.println(Objects.compare("a", "b", Comparator.naturalOrder()) + " " + Objects.compare(null, null, Comparator.<String>naturalOrder()) + " " + Objects.hash(1, 2, 3) + " " + Objects.hashCode("x"));
        try {
            Objects.requireNonNull(null);
        } catch (NullPointerException e) {
            System.out.println("1 " + e.getMessage());
        }
        try {
            Objects.requireNonNull(null, () -> "supplied message");
        } catch (NullPointerException e) {
            System.out.println("2 " + e.getMessage());
        }
        try {
            Objects.checkFromToIndex(2, 1, 5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("3 " + e.getMessage());
        }
        try {
            Objects.checkFromIndexSize(3, 4, 5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("4 " + e.getMessage());
        }
        System.out.println(Objects.checkIndex(2, 3) + " " + Objects.requireNonNullElseGet(null, () -> List.of(1)));
        List<String> withNulls = new ArrayList<>(Arrays.asList("b", null, "a", null, "c"));
        withNulls.sort(Comparator.nullsFirst(Comparator.naturalOrder()));
        System.out.println(withNulls);
        withNulls.sort(Comparator.nullsLast(Comparator.<String>reverseOrder()));
        System.out.println(withNulls + " " + withNulls.stream().filter(Objects::nonNull).count());
    }
}
