public class Threads {
    static int counter;

    static synchronized void increment() {
        counter++;
    }

    public static void main(String[] args) throws Exception {
        Thread worker = new Thread(() -> {
            for (int i = 0; i < 1000; i++) increment();
            System.out.println("worker " + Thread.currentThread().getName());
        }, "worker-1");
        worker.start();
        worker.join();
        System.out.println(counter + " " + worker.isAlive() + " " + Thread.currentThread().getName());
        Object lock = new Object();
        synchronized (lock) {
            counter += 10;
        }
        System.out.println(counter);
        Thread failing = new Thread(() -> { throw new IllegalStateException("thread failure"); }, "failing");
        failing.start();
        failing.join();
        System.out.println("main continues");
    }
}
