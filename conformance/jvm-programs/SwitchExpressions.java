public class SwitchExpressions {
    enum Suit { CLUBS, DIAMONDS, HEARTS, SPADES }
    enum Size { S, M, L, XL }

    static String color(Suit s) {
        return switch (s) {
            case CLUBS, SPADES -> "black";
            case DIAMONDS, HEARTS -> "red";
        };
    }

    static int price(Size size) {
        int base = 10;
        switch (size) {
            case S:
                base -= 2;
            case M:
                base += 1;
                break;
            case XL:
                base *= 2;
            default:
                base += 5;
        }
        return base;
    }

    static String days(int month, boolean leap) {
        int d = switch (month) {
            case 2 -> leap ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> {
                if (month < 1 || month > 12) yield -1;
                yield 31;
            }
        };
        return month + ":" + d;
    }

    static char kind(char c) {
        return switch (c) {
            case 'a', 'e', 'i', 'o', 'u' -> 'V';
            case ' ' -> '_';
            default -> Character.isLetter(c) ? 'C' : '?';
        };
    }

    public static void main(String[] args) {
        for (Suit s : Suit.values()) System.out.print(s + "=" + color(s) + " ");
        System.out.println();
        for (Size s : Size.values()) System.out.print(s + "=" + price(s) + " ");
        System.out.println();
        StringBuilder sb = new StringBuilder();
        for (int m = 0; m <= 13; m++) sb.append(days(m, m % 2 == 0)).append(' ');
        System.out.println(sb);
        StringBuilder k = new StringBuilder();
        for (char c : "hello world 42".toCharArray()) k.append(kind(c));
        System.out.println(k);
        long big = 5_000_000_000L;
        String range = switch ((int) (big >> 32)) { case 0 -> "small"; case 1 -> "one"; default -> "large"; };
        System.out.println(range);
    }
}
