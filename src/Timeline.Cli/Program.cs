using Annals.Cli;

return TimelineApp.Run(args, Console.Out, Console.Error);
