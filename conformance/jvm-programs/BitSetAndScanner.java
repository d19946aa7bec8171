import java.util.*;

public class BitSetAndScanner {
    public static void main(String[] args) {
        BitSet primes = new BitSet(200);
        primes.set(2, 200);
        for (int p = 2; p * p < 200; p = primes.nextSetBit(p + 1)) for (int m = p * p; m < 200; m += p) primes.clear(m);
        System.out.println(primes.cardinality() + " " + primes.nextSetBit(100) + " " + primes.previousSetBit(100) + " " + primes.length() + " " + primes.get(97));
        BitSet a = BitSet.valueOf(new long[] { 0b1011_0110L }), b = BitSet.valueOf(new long[] { 0b0110_0011L });
        BitSet and = (BitSet) a.clone(); and.and(b);
        BitSet or = (BitSet) a.clone(); or.or(b);
        BitSet xor = (BitSet) a.clone(); xor.xor(b);
        BitSet andNot = (BitSet) a.clone(); andNot.andNot(b);
        System.out.println(a + " " + b + " " + and + " " + or + " " + xor + " " + andNot + " " + a.intersects(b) + " " + Arrays.toString(xor.toLongArray()) + " " + a.stream().sum());
        a.flip(0, 10);
        System.out.println(a + " " + a.nextClearBit(0) + " " + a.equals(b) + " " + a.hashCode());
        Scanner sc = new Scanner("42 3.5 hello true\nsecond line here\n7,8,9");
        System.out.println(sc.nextInt() + " " + sc.nextDouble() + " " + sc.next() + " " + sc.nextBoolean() + " [" + sc.nextLine() + "] [" + sc.nextLine() + "]");
        sc.useDelimiter(",");
        int sum = 0;
        while (sc.hasNextInt()) sum += sc.nextInt();
        System.out.println(sum + " " + sc.hasNext());
        Scanner words = new Scanner("one two  three\tfour");
        List<String> list = new ArrayList<>();
        while (words.hasNext()) list.add(words.next());
        System.out.println(list + " " + new Scanner("x1y2z").useDelimiter("\\d").tokens().toList());
        try {
            new Scanner("abc").nextInt();
        } catch (InputMismatchException e) {
            System.out.println("mismatch " + e.getMessage());
        }
    }
}
