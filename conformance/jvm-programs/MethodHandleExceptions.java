import java.lang.invoke.*;

public class MethodHandleExceptions {
    static int divide(int a, int b) { return a / b; }
    static void explode(String why) { throw new IllegalStateException("exploded: " + why); }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup l = MethodHandles.lookup();
        MethodHandle div = l.findStatic(MethodHandleExceptions.class, "divide", MethodType.methodType(int.class, int.class, int.class));
        System.out.println((int) div.invokeExact(10, 3));
        try {
            int r = (int) div.invokeExact(1, 0);
        } catch (ArithmeticException e) {
            e.printStackTrace();
        }
        MethodHandle boom = l.findStatic(MethodHandleExceptions.class, "explode", MethodType.methodType(void.class, String.class));
        try {
            boom.invoke("via invoke");
        } catch (IllegalStateException e) {
            e.printStackTrace();
        }
        MethodHandle handler = MethodHandles.dropArguments(MethodHandles.constant(int.class, -1), 0, ArithmeticException.class, int.class, int.class);
        MethodHandle safe = MethodHandles.catchException(div, ArithmeticException.class, handler);
        System.out.println((int) safe.invokeExact(8, 2) + " " + (int) safe.invokeExact(8, 0));
        MethodHandle thrower = MethodHandles.throwException(void.class, UnsupportedOperationException.class);
        try {
            thrower.invoke(new UnsupportedOperationException("thrown by handle"));
        } catch (UnsupportedOperationException e) {
            System.out.println(e.getMessage());
        }
    }
}
