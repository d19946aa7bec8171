import java.lang.invoke.*;

public class VarHandles {
    private volatile int count;
    private long total;
    private String name = "start";
    private static int shared = 5;

    public static void main(String[] args) throws Exception {
        MethodHandles.Lookup l = MethodHandles.lookup();
        VarHandle count = l.findVarHandle(VarHandles.class, "count", int.class);
        VarHandle total = l.findVarHandle(VarHandles.class, "total", long.class);
        VarHandle name = l.findVarHandle(VarHandles.class, "name", String.class);
        VarHandle shared = l.findStaticVarHandle(VarHandles.class, "shared", int.class);
        VarHandles v = new VarHandles();
        count.set(v, 10);
        System.out.println((int) count.get(v) + " " + count.compareAndSet(v, 10, 20) + " " + count.compareAndSet(v, 10, 30) + " " + v.count);
        System.out.println((int) count.getAndAdd(v, 5) + " " + v.count + " " + (int) count.getAndSet(v, 1) + " " + (int) count.getVolatile(v));
        total.setVolatile(v, 1L << 40);
        System.out.println((long) total.getAndAdd(v, 1L) + " " + v.total + " " + total.weakCompareAndSet(v, v.total, 7L) + " " + v.total + " " + (long) total.getAcquire(v));
        System.out.println(name.compareAndSet(v, "start", "next") + " " + v.name + " " + (String) name.getAndSet(v, "last") + " " + v.name + " " + (String) name.compareAndExchange(v, "last", "x") + " " + v.name);
        shared.set(42);
        System.out.println((int) shared.get() + " " + (int) shared.getAndBitwiseOr(1) + " " + VarHandles.shared + " " + (int) shared.getAndBitwiseXor(0xFF));
        VarHandle ints = MethodHandles.arrayElementVarHandle(int[].class);
        int[] arr = new int[4];
        ints.set(arr, 2, 9);
        System.out.println((int) ints.get(arr, 2) + " " + ints.compareAndSet(arr, 2, 9, 10) + " " + arr[2] + " " + (int) ints.getAndAdd(arr, 0, 3) + " " + arr[0]);
        try {
            ints.get(arr, 4);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        VarHandle strs = MethodHandles.arrayElementVarHandle(String[].class);
        String[] sa = { "a", "b" };
        System.out.println(strs.compareAndSet(sa, 1, "b", "B") + " " + sa[1] + " " + count.varType().getSimpleName() + " " + count.coordinateTypes());
    }
}
