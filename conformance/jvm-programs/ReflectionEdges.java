import java.lang.reflect.*;
import java.util.*;

public class ReflectionEdges {
    public static abstract class Shape { public abstract double area(); }
    public static class Box {
        public long size = 1;
        public final int fixed = 3;
        public static String label = "box";
        public Box() {}
        public Box(int size) { if (size < 0) throw new IllegalArgumentException("negative size"); this.size = size; }
        public long grow(long by, double factor) { return size = (long) ((size + by) * factor); }
        public static String describe(Object o) { return "described " + o; }
        private int hidden() { return 42; }
    }

    interface Attempt { Object run() throws Exception; }

    static void attempt(String label, Attempt a) {
        try {
            System.out.println(label + ": " + a.run());
        } catch (InvocationTargetException e) {
            System.out.println(label + ": target threw " + e.getCause());
        } catch (Exception e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) throws Exception {
        Box box = new Box();
        Method grow = Box.class.getMethod("grow", long.class, double.class);
        attempt("widening int,float", () -> grow.invoke(box, 4, 2.0f));
        attempt("boxed args", () -> grow.invoke(box, Long.valueOf(1), Double.valueOf(1.5)));
        attempt("char to long", () -> grow.invoke(box, 'A', 1.0));
        attempt("wrong count", () -> grow.invoke(box, 1L));
        attempt("wrong type", () -> grow.invoke(box, "x", 1.0));
        attempt("narrowing", () -> grow.invoke(box, 1.5, 1.0));
        attempt("null receiver", () -> grow.invoke(null, 1L, 1.0));
        attempt("wrong receiver", () -> grow.invoke("str", 1L, 1.0));
        attempt("null primitive", () -> grow.invoke(box, null, 1.0));
        Method describe = Box.class.getMethod("describe", Object.class);
        attempt("static ignores receiver", () -> describe.invoke("ignored", 5));
        attempt("static null receiver", () -> describe.invoke(null, List.of(1)));
        attempt("private not accessible", () -> Box.class.getDeclaredMethod("hidden").invoke(box));
        attempt("abstract instance", () -> Shape.class.getConstructor().newInstance());
        attempt("ctor throws", () -> Box.class.getConstructor(int.class).newInstance(-1));
        attempt("ctor ok", () -> Box.class.getConstructor(int.class).newInstance(7).size);
        Field size = Box.class.getField("size");
        attempt("set long from int", () -> { size.set(box, 5); return box.size; });
        attempt("setInt", () -> { size.setInt(box, 6); return size.getLong(box); });
        attempt("set wrong type", () -> { size.set(box, "big"); return box.size; });
        attempt("getInt of long", () -> size.getInt(box));
        attempt("final field", () -> { Box.class.getField("fixed").set(box, 9); return box.fixed; });
        attempt("static field", () -> { Field f = Box.class.getField("label"); f.set(null, "crate"); return Box.label; });
        attempt("getDouble widening", () -> size.getDouble(box));
        attempt("array newInstance", () -> Arrays.toString((int[]) Array.newInstance(int.class, 3)));
        attempt("multi array", () -> Array.newInstance(String.class, 2, 3).getClass().getName());
        attempt("negative array", () -> Array.newInstance(int.class, -1));
        attempt("modifiers", () -> Modifier.toString(Box.class.getDeclaredMethod("hidden").getModifiers()) + "/" + Modifier.toString(Shape.class.getModifiers()) + "/" + Modifier.toString(Box.class.getField("fixed").getModifiers()));
        attempt("generic string", () -> ReflectionEdges.class.getDeclaredMethod("attempt", String.class, Attempt.class).toGenericString());
        attempt("method toString", () -> grow.toString());
    }
}
