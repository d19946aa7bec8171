import java.math.BigInteger;

public class BigIntegerOps {
    public static void main(String[] args) {
        BigInteger f = BigInteger.ONE;
        for (int i = 1; i <= 50; i++) f = f.multiply(BigInteger.valueOf(i));
        System.out.println("50! = " + f + " bits=" + f.bitLength() + " digits=" + f.toString().length());
        BigInteger a = new BigInteger("123456789012345678901234567890");
        BigInteger b = new BigInteger("-987654321098765432109876543210");
        System.out.println(a.add(b) + " " + a.subtract(b) + " " + a.multiply(b) + " " + b.divide(a) + " " + b.remainder(a) + " " + b.mod(a) + " " + a.negate().abs().equals(a));
        BigInteger[] qr = b.divideAndRemainder(BigInteger.valueOf(97));
        System.out.println(qr[0] + " " + qr[1] + " " + a.gcd(b) + " " + a.pow(3) + " " + a.signum() + " " + b.signum() + " " + a.compareTo(b));
        BigInteger m = BigInteger.valueOf(1_000_000_007);
        System.out.println(BigInteger.TWO.modPow(BigInteger.valueOf(1_000_000), m) + " " + BigInteger.valueOf(3).modInverse(m) + " " + m.isProbablePrime(20) + " " + BigInteger.valueOf(561).isProbablePrime(20) + " " + BigInteger.valueOf(100).nextProbablePrime());
        System.out.println(a.toString(16) + " " + a.toString(2).length() + " " + new BigInteger("ff", 16) + " " + new BigInteger("-777", 8) + " " + a.shiftLeft(10) + " " + b.shiftRight(70) + " " + a.and(b) + " " + a.or(b) + " " + a.xor(b) + " " + a.not());
        System.out.println(a.testBit(3) + " " + a.setBit(200).bitLength() + " " + a.bitCount() + " " + a.getLowestSetBit() + " " + a.longValue() + " " + a.intValue() + " " + a.doubleValue() + " " + BigInteger.TEN.sqrt() + " " + a.sqrt());
        try {
            a.longValueExact();
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
        try {
            a.divide(BigInteger.ZERO);
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
        BigInteger fib1 = BigInteger.ZERO, fib2 = BigInteger.ONE;
        for (int i = 0; i < 300; i++) { BigInteger t = fib1.add(fib2); fib1 = fib2; fib2 = t; }
        System.out.println("fib300 = " + fib1 + " hash=" + fib1.hashCode() + " " + java.util.Arrays.toString(BigInteger.valueOf(-256).toByteArray()) + " " + new BigInteger(new byte[] { 1, 0, 0 }));
    }
}
