import java.lang.invoke.*;

public class MethodHandleCombinators {
    static int square(int x) { return x * x; }
    static int sum(int a, int b) { return a + b; }
    static boolean isEven(int x) { return x % 2 == 0; }
    static String even(int x) { return "even " + x; }
    static String odd(int x) { return "odd " + x; }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup l = MethodHandles.lookup();
        MethodHandle square = l.findStatic(MethodHandleCombinators.class, "square", MethodType.methodType(int.class, int.class));
        MethodHandle sum = l.findStatic(MethodHandleCombinators.class, "sum", MethodType.methodType(int.class, int.class, int.class));
        MethodHandle addTen = MethodHandles.insertArguments(sum, 0, 10);
        System.out.println((int) addTen.invokeExact(5));
        MethodHandle squareThenAdd = MethodHandles.filterReturnValue(square, addTen);
        System.out.println((int) squareThenAdd.invokeExact(4));
        MethodHandle sumOfSquares = MethodHandles.filterArguments(sum, 0, square, square);
        System.out.println((int) sumOfSquares.invokeExact(3, 4));
        MethodHandle test = l.findStatic(MethodHandleCombinators.class, "isEven", MethodType.methodType(boolean.class, int.class));
        MethodHandle even = l.findStatic(MethodHandleCombinators.class, "even", MethodType.methodType(String.class, int.class));
        MethodHandle odd = l.findStatic(MethodHandleCombinators.class, "odd", MethodType.methodType(String.class, int.class));
        MethodHandle choose = MethodHandles.guardWithTest(test, even, odd);
        System.out.println((String) choose.invokeExact(6) + " " + (String) choose.invokeExact(7));
        MethodHandle constant = MethodHandles.constant(String.class, "const");
        System.out.println((String) constant.invokeExact());
        MethodHandle dropped = MethodHandles.dropArguments(square, 1, String.class);
        System.out.println((int) dropped.invokeExact(9, "ignored"));
        MethodHandle identity = MethodHandles.identity(int.class);
        System.out.println((int) identity.invokeExact(123));
        MethodHandle asObj = square.asType(MethodType.methodType(Object.class, Integer.class));
        System.out.println(asObj.invoke(Integer.valueOf(12)));
        MethodHandle swapped = MethodHandles.permuteArguments(
            l.findVirtual(String.class, "concat", MethodType.methodType(String.class, String.class)),
            MethodType.methodType(String.class, String.class, String.class), 1, 0);
        System.out.println((String) swapped.invokeExact("a", "b"));
        MethodHandle spreader = sum.asSpreader(int[].class, 2);
        System.out.println((int) spreader.invoke(new int[] { 20, 22 }));
    }
}
