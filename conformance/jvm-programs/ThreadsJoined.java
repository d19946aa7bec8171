import java.util.*;

public class ThreadsJoined {
    static final ThreadLocal<String> NAME = ThreadLocal.withInitial(() -> Thread.currentThread().getName());
    static int shared;

    public static void main(String[] args) throws InterruptedException {
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        Thread t1 = new Thread(() -> {
            for (int i = 0; i < 500; i++) synchronized (ThreadsJoined.class) { shared++; }
            log.add("t1 local=" + NAME.get());
        }, "first");
        System.out.println(t1.getState() + " " + t1.isAlive() + " " + t1.getName() + " " + t1.isDaemon());
        t1.start();
        t1.join();
        System.out.println(t1.getState() + " " + t1.isAlive() + " " + shared);
        Thread t2 = new Thread(() -> log.add("t2 sees " + shared + " local=" + NAME.get()));
        t2.setName("second");
        t2.start();
        t2.join();
        Thread failing = new Thread(() -> { throw new IllegalStateException("worker failed"); }, "failing");
        failing.setUncaughtExceptionHandler((th, ex) -> log.add("handler got " + ex.getMessage() + " from " + th.getName()));
        failing.start();
        failing.join();
        class Counter extends Thread {
            int count;
            Counter() { super("counter"); }
            @Override public void run() { for (int i = 0; i < 10; i++) count += i; }
        }
        Counter c = new Counter();
        c.start();
        c.join();
        log.add("counter " + c.count);
        System.out.println(String.join("\n", log));
        System.out.println("main local=" + NAME.get() + " " + Thread.currentThread().getName() + " " + Thread.currentThread().getPriority() + " " + Thread.currentThread().getThreadGroup().getName());
        Thread.sleep(1);
        System.out.println(Thread.interrupted());
    }
}
