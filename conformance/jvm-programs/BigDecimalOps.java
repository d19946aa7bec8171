import java.math.*;

public class BigDecimalOps {
    public static void main(String[] args) {
        BigDecimal a = new BigDecimal("10.25"), b = new BigDecimal("3");
        System.out.println(a.add(b) + " " + a.subtract(b) + " " + a.multiply(b) + " " + a.divide(b, 10, RoundingMode.HALF_UP) + " " + a.divide(b, MathContext.DECIMAL32) + " " + a.remainder(b) + " " + a.negate() + " " + a.scale() + " " + a.precision());
        try {
            a.divide(b);
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(new BigDecimal(0.1) + " " + BigDecimal.valueOf(0.1) + " " + new BigDecimal("0.1").add(new BigDecimal("0.2")) + " " + new BigDecimal("1.10").equals(new BigDecimal("1.1")) + " " + new BigDecimal("1.10").compareTo(new BigDecimal("1.1")));
        BigDecimal x = new BigDecimal("2.5");
        for (RoundingMode mode : RoundingMode.values()) {
            if (mode == RoundingMode.UNNECESSARY) continue;
            System.out.print(mode + "=" + x.setScale(0, mode) + "/" + x.negate().setScale(0, mode) + "/" + new BigDecimal("1.15").setScale(1, mode) + " ");
        }
        System.out.println();
        BigDecimal big = new BigDecimal("12345678901234567890.000100");
        System.out.println(big.stripTrailingZeros() + " " + new BigDecimal("1E+5").toPlainString() + " " + new BigDecimal("100").stripTrailingZeros() + " " + new BigDecimal("100").stripTrailingZeros().toPlainString() + " " + new BigDecimal("0.000001234").toString() + " " + new BigDecimal("0.0000001234").toString() + " " + new BigDecimal("-1.5E-10").toEngineeringString());
        System.out.println(big.unscaledValue() + " " + big.movePointLeft(3) + " " + big.movePointRight(8) + " " + big.round(new MathContext(5)) + " " + big.toBigInteger() + " " + big.doubleValue() + " " + big.intValue() + " " + big.signum());
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < 10; i++) sum = sum.add(new BigDecimal("0.1"));
        System.out.println(sum + " " + sum.equals(BigDecimal.ONE) + " " + (sum.compareTo(BigDecimal.ONE) == 0) + " " + BigDecimal.ONE.divide(new BigDecimal("7"), new MathContext(30)) + " " + new BigDecimal("2").sqrt(new MathContext(25)));
        System.out.println(new BigDecimal("123.456").max(new BigDecimal("123.4560")) + " " + new BigDecimal("9.99").pow(5) + " " + BigDecimal.valueOf(5, 3) + " " + BigDecimal.valueOf(123456789L, -3) + " " + new BigDecimal("1.23E3").hashCode() + " " + new BigDecimal("-0.00").signum());
    }
}
