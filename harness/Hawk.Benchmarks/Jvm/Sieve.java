public class Sieve {
    public static void main(String[] args) {
        long start = System.nanoTime();
        int count = 0;
        for (int round = 0; round < 20; round++) {
            boolean[] composite = new boolean[1_000_001];
            count = 0;
            for (int i = 2; i <= 1_000_000; i++) {
                if (!composite[i]) {
                    count++;
                    for (long j = (long) i * i; j <= 1_000_000; j += i) {
                        composite[(int) j] = true;
                    }
                }
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("primes below 1e6 = " + count);
        System.out.println("time_ms=" + ms);
    }
}
