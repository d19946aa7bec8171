public class Interning {
    static final String CONST = "hawk";
    static String field = "hawk";

    public static void main(String[] args) {
        String a = "hawk";
        String b = "ha" + "wk";
        final String h = "ha";
        String c = h + "wk";
        String nonFinal = "ha";
        String d = nonFinal + "wk";
        String e = new String("hawk");
        String f = String.valueOf(new char[] { 'h', 'a', 'w', 'k' });
        System.out.println((a == b) + " " + (a == c) + " " + (a == d) + " " + (a == e) + " " + (a == f) + " " + (a == CONST) + " " + (a == field));
        System.out.println((d.intern() == a) + " " + (e.intern() == a) + " " + (e == e.intern()) + " " + a.equals(e) + " " + (a.hashCode() == e.hashCode()));
        String built = new StringBuilder("unique").append("Runtime").append(42).toString();
        String interned = built.intern();
        System.out.println((built == interned) + " " + (interned == "uniqueRuntime42") + " " + (built.intern() == interned));
        String s1 = "", s2 = new String(), s3 = "x".substring(1);
        System.out.println((s1 == s2) + " " + s1.equals(s2) + " " + s3.isEmpty() + " " + (s1 == s3.intern()));
        Integer i1 = 100, i2 = 100, i3 = 1000, i4 = 1000;
        System.out.println((i1 == i2) + " " + (i3 == i4) + " " + i3.equals(i4) + " " + ("hawk" == Interning.class.getSimpleName().substring(0, 0) + "hawk"));
    }
}
