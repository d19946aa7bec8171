using Hawk.Labs.Probe;

// The first input line is the grader's session secret; it is read before any code under test is loaded, and only
// the real standard output (a pipe to the grader that the code cannot read) ever carries it back.
// Observations go to the real standard output; anything the code under test prints goes to standard error.
var session = Console.In.ReadLine();
var observations = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false };
Console.SetOut(Console.Error);
ProbeHost.Serve(Console.In, observations, session);
observations.Flush();
return 0;
