import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;
import java.util.concurrent.locks.*;

public class ConcurrentCollections {
    public static void main(String[] args) throws Exception {
        ConcurrentHashMap<String, LongAdder> counts = new ConcurrentHashMap<>();
        for (String w : "a b c a b a d e a".split(" ")) counts.computeIfAbsent(w, k -> new LongAdder()).increment();
        System.out.println(new TreeMap<>(counts).toString() + " " + counts.search(1, (k, v) -> v.sum() == 4 ? k : null) + " " + counts.reduceKeys(1, (x, y) -> x.compareTo(y) < 0 ? x : y));
        ConcurrentSkipListMap<Integer, String> skip = new ConcurrentSkipListMap<>();
        for (int i = 10; i > 0; i -= 3) skip.put(i, "v" + i);
        System.out.println(skip + " " + skip.firstKey() + " " + skip.ceilingEntry(5) + " " + skip.headMap(7) + " " + skip.descendingMap());
        ConcurrentSkipListSet<String> set = new ConcurrentSkipListSet<>(List.of("pear", "apple", "fig"));
        System.out.println(set + " " + set.pollFirst() + " " + set);
        LinkedBlockingQueue<Integer> lbq = new LinkedBlockingQueue<>(3);
        System.out.println(lbq.offer(1) + " " + lbq.offer(2) + " " + lbq.offer(3) + " " + lbq.offer(4) + " " + lbq.remainingCapacity() + " " + lbq.poll() + " " + lbq.take() + " " + lbq.poll(1, TimeUnit.MILLISECONDS) + " " + lbq.poll());
        ArrayBlockingQueue<String> abq = new ArrayBlockingQueue<>(2);
        abq.put("x");
        abq.add("y");
        try {
            abq.add("z");
        } catch (IllegalStateException e) {
            System.out.println("full: " + e.getMessage());
        }
        List<String> drained = new ArrayList<>();
        abq.drainTo(drained);
        System.out.println(drained + " " + abq.isEmpty());
        PriorityBlockingQueue<Integer> pbq = new PriorityBlockingQueue<>(List.of(5, 1, 3));
        ConcurrentLinkedDeque<Integer> cld = new ConcurrentLinkedDeque<>(List.of(1, 2));
        cld.addFirst(0);
        cld.offerLast(3);
        System.out.println(pbq.take() + " " + pbq + " " + cld + " " + cld.pollLast());
        ReentrantLock lock = new ReentrantLock();
        lock.lock();
        lock.lock();
        System.out.println(lock.isLocked() + " " + lock.getHoldCount() + " " + lock.isHeldByCurrentThread() + " " + lock.tryLock());
        lock.unlock(); lock.unlock(); lock.unlock();
        System.out.println(lock.isLocked() + " " + lock.getHoldCount());
        try {
            lock.unlock();
        } catch (IllegalMonitorStateException e) {
            System.out.println("unlock without lock: " + e.getClass().getSimpleName());
        }
        ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
        rw.readLock().lock();
        rw.readLock().lock();
        System.out.println(rw.getReadLockCount() + " " + rw.isWriteLocked() + " " + rw.writeLock().tryLock());
        rw.readLock().unlock(); rw.readLock().unlock();
        rw.writeLock().lock();
        System.out.println(rw.isWriteLocked() + " " + rw.getWriteHoldCount());
        rw.writeLock().unlock();
        Semaphore sem = new Semaphore(2);
        System.out.println(sem.tryAcquire() + " " + sem.tryAcquire() + " " + sem.tryAcquire() + " " + sem.availablePermits());
        sem.release(3);
        CountDownLatch latch = new CountDownLatch(2);
        latch.countDown();
        latch.countDown();
        latch.await();
        System.out.println(sem.availablePermits() + " " + latch.getCount() + " " + latch.await(1, TimeUnit.MILLISECONDS));
        AtomicStampedReference<String> stamped = new AtomicStampedReference<>("v1", 0);
        int[] stampHolder = new int[1];
        System.out.println(stamped.compareAndSet("v1", "v2", 0, 1) + " " + stamped.get(stampHolder) + " " + stampHolder[0] + " " + stamped.compareAndSet("v2", "v3", 0, 2));
        CompletableFuture<Integer> done = CompletableFuture.completedFuture(20);
        System.out.println(done.thenApply(x -> x + 1).thenCombine(CompletableFuture.completedFuture(2), (a, b) -> a * b).get() + " " + done.isDone() + " " + CompletableFuture.failedFuture(new IllegalStateException("nope")).exceptionally(t -> -1).join());
        FutureTask<String> task = new FutureTask<>(() -> "computed");
        task.run();
        System.out.println(task.get() + " " + task.isDone() + " " + TimeUnit.SECONDS.toMillis(3) + " " + TimeUnit.MILLISECONDS.convert(2, TimeUnit.MINUTES));
    }
}
