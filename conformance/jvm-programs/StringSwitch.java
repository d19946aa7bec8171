public class StringSwitch {
    static int classify(String s) {
        switch (s) {
            case "Aa": return 1;
            case "BB": return 2;
            case "AaAa": return 3;
            case "BBBB": return 4;
            case "AaBB": return 5;
            case "": return 6;
            case "hello": return 7;
            default: return 0;
        }
    }

    static String season(String month) {
        return switch (month.toLowerCase()) {
            case "dec", "jan", "feb" -> "winter";
            case "mar", "apr", "may" -> "spring";
            case "jun", "jul", "aug" -> "summer";
            case "sep", "oct", "nov" -> {
                String s = "autumn";
                yield s + "!";
            }
            default -> throw new IllegalArgumentException("bad month " + month);
        };
    }

    public static void main(String[] args) {
        System.out.println("Aa".hashCode() + " " + "BB".hashCode() + " " + "AaAa".hashCode() + " " + "BBBB".hashCode() + " " + "AaBB".hashCode());
        for (String s : new String[] { "Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "", "hello", "Hello" }) System.out.print(classify(s) + " ");
        System.out.println();
        for (String m : new String[] { "Jan", "APR", "jul", "Oct" }) System.out.println(m + " " + season(m));
        try {
            season("xyz");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            String nothing = null;
            switch (nothing) { case "a": break; default: break; }
        } catch (NullPointerException e) {
            System.out.println("switch on null");
        }
        int score = 0;
        for (String cmd : "up up down left right up".split(" ")) {
            score += switch (cmd) { case "up" -> 10; case "down" -> -5; default -> { int bonus = cmd.length(); yield bonus; } };
        }
        System.out.println(score);
    }
}
