import java.lang.invoke.*;
import java.lang.reflect.*;
import java.util.*;

public class MethodHandleAdapters {
    static String joinAll(String sep, String... parts) { return String.join(sep, parts); }
    static int counter = 3;
    private long stamp = 99;
    static long widen(long x) { return x * 2; }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup l = MethodHandles.lookup();
        MethodHandle join = l.findStatic(MethodHandleAdapters.class, "joinAll", MethodType.methodType(String.class, String.class, String[].class));
        System.out.println(join.isVarargsCollector() + " " + join.invoke("-", "a", "b", "c") + " " + join.invoke("+") + " " + join.type());
        MethodHandle fixed = join.asFixedArity();
        System.out.println((String) fixed.invokeExact(",", new String[] { "x", "y" }));
        MethodHandle collector = fixed.asCollector(String[].class, 2);
        System.out.println((String) collector.invokeExact("/", "p", "q") + " " + collector.type());
        MethodHandle getter = MethodHandles.arrayElementGetter(int[].class);
        MethodHandle setter = MethodHandles.arrayElementSetter(int[].class);
        int[] arr = { 1, 2, 3 };
        setter.invoke(arr, 1, 20);
        System.out.println((int) getter.invokeExact(arr, 1) + " " + MethodHandles.arrayLength(int[].class).invoke(arr));
        MethodHandle staticGetter = l.findStaticGetter(MethodHandleAdapters.class, "counter", int.class);
        MethodHandle staticSetter = l.findStaticSetter(MethodHandleAdapters.class, "counter", int.class);
        staticSetter.invokeExact(41);
        System.out.println((int) staticGetter.invokeExact() + " " + counter);
        Method m = MethodHandleAdapters.class.getDeclaredMethod("widen", long.class);
        MethodHandle unreflected = l.unreflect(m);
        System.out.println((long) unreflected.invokeExact(21L) + " " + unreflected.invoke(5) + " " + unreflected.type());
        Field f = MethodHandleAdapters.class.getDeclaredField("stamp");
        MethodHandle fieldGetter = l.unreflectGetter(f);
        System.out.println(fieldGetter.invoke(new MethodHandleAdapters()));
        Constructor<ArrayList> ctor = ArrayList.class.getConstructor(int.class);
        MethodHandle newList = l.unreflectConstructor(ctor);
        Object list = newList.invoke(5);
        System.out.println(list + " " + list.getClass().getSimpleName());
        MethodHandle cast = MethodHandles.explicitCastArguments(l.findStatic(MethodHandleAdapters.class, "widen", MethodType.methodType(long.class, long.class)), MethodType.methodType(int.class, int.class));
        System.out.println((int) cast.invokeExact(7));
        MethodHandle hash = l.findVirtual(Object.class, "toString", MethodType.methodType(String.class));
        System.out.println(hash.invoke(List.of(1, 2)) + " " + hash.invoke("str") + " " + hash.invoke(Optional.empty()));
        MethodHandle max = l.findStatic(Math.class, "max", MethodType.methodType(int.class, int.class, int.class));
        MethodHandle maxOf3 = MethodHandles.foldArguments(MethodHandles.dropArguments(max, 0, int.class), max);
        System.out.println(MethodHandles.filterArguments(max, 1, l.findStatic(Math.class, "abs", MethodType.methodType(int.class, int.class))).invoke(3, -9));
        System.out.println(maxOf3.type());
    }
}
