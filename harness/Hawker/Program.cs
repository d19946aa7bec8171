using Hawk.Containers.Cli;

[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]

return HawkerCli.Invoke(args, Console.Out, Console.Error);
