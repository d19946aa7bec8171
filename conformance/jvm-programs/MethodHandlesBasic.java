import java.lang.invoke.*;
import java.util.*;

public class MethodHandlesBasic {
    private int base = 10;
    public MethodHandlesBasic() {}
    public MethodHandlesBasic(int base) { this.base = base; }
    public int add(int x) { return base + x; }
    public static String greet(String name, int times) { return ("hi " + name + " ").repeat(times).trim(); }
    private String secret() { return "private " + base; }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        MethodHandle add = lookup.findVirtual(MethodHandlesBasic.class, "add", MethodType.methodType(int.class, int.class));
        MethodHandlesBasic obj = new MethodHandlesBasic(5);
        int r1 = (int) add.invokeExact(obj, 3);
        Object r2 = add.invoke(obj, 4);
        System.out.println(r1 + " " + r2 + " " + add.type());
        MethodHandle greet = lookup.findStatic(MethodHandlesBasic.class, "greet", MethodType.methodType(String.class, String.class, int.class));
        System.out.println((String) greet.invokeExact("bob", 2) + " | " + greet.invoke("amy", 1) + " | " + greet.type());
        MethodHandle ctor = lookup.findConstructor(MethodHandlesBasic.class, MethodType.methodType(void.class, int.class));
        MethodHandlesBasic made = (MethodHandlesBasic) ctor.invoke(100);
        System.out.println(made.base);
        MethodHandle secret = lookup.findSpecial(MethodHandlesBasic.class, "secret", MethodType.methodType(String.class), MethodHandlesBasic.class);
        System.out.println((String) secret.invokeExact(made));
        MethodHandle bound = add.bindTo(obj);
        System.out.println((int) bound.invokeExact(37));
        MethodHandle length = lookup.findVirtual(String.class, "length", MethodType.methodType(int.class));
        MethodHandle concat = lookup.findVirtual(String.class, "concat", MethodType.methodType(String.class, String.class));
        System.out.println((int) length.invokeExact("four") + " " + (String) concat.invokeExact("ab", "cd"));
        MethodHandle valueOf = lookup.findStatic(Integer.class, "valueOf", MethodType.methodType(Integer.class, int.class));
        System.out.println(valueOf.invoke(77) + " " + valueOf.type().returnType().getSimpleName() + " " + valueOf.type().parameterCount());
        MethodHandle field = lookup.findGetter(MethodHandlesBasic.class, "base", int.class);
        MethodHandle setter = lookup.findSetter(MethodHandlesBasic.class, "base", int.class);
        setter.invoke(obj, 50);
        System.out.println((int) field.invokeExact(obj));
        MethodHandle listSize = lookup.findVirtual(List.class, "size", MethodType.methodType(int.class));
        System.out.println(listSize.invoke(List.of(1, 2, 3)));
        try {
            lookup.findVirtual(String.class, "nope", MethodType.methodType(void.class));
        } catch (NoSuchMethodException e) {
            System.out.println("NoSuchMethodException");
        }
        try {
            String wrong = (String) add.invokeExact(obj, 1);
        } catch (WrongMethodTypeException e) {
            System.out.println("WrongMethodTypeException");
        }
        System.out.println(MethodType.methodType(void.class, String[].class, long.class) + " " + MethodType.methodType(int.class).hasPrimitives());
    }
}
