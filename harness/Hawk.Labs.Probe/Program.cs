using Hawk.Labs.Probe;

// Observations go to the real standard output; anything the code under test prints goes to standard error, so
// printed text can never be mistaken for (or forge) an observation line's framing.
var observations = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false };
Console.SetOut(Console.Error);
ProbeHost.Serve(Console.In, observations);
observations.Flush();
return 0;
