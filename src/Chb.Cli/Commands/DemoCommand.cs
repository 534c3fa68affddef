using System.CommandLine;
using Chb.Cli.Demo;

namespace Chb.Cli.Commands;

/// <summary><c>chb demo generate|load</c>: a fictional CHB site as the three partners' exports.</summary>
internal static class DemoCommand
{
    public static Command Create(CliContext context)
    {
        var demo = new Command("demo", "A fictional CHB site in Bradford BD3: generate its partner exports, or load them into a hub");
        demo.Subcommands.Add(DemoGenerateCommand.Create(context));
        demo.Subcommands.Add(DemoLoadCommand.Create(context));
        return demo;
    }

    public static Option<int> PeopleOption()
    {
        var people = new Option<int>("--people")
        {
            Description = $"How many people live in the site ({DemoSpec.MinPeople} to {DemoSpec.MaxPeople})",
            HelpName = "N",
            DefaultValueFactory = _ => DemoSpec.DefaultPeople,
        };
        people.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < DemoSpec.MinPeople or > DemoSpec.MaxPeople)
            {
                r.AddError($"--people must be between {DemoSpec.MinPeople} and {DemoSpec.MaxPeople}");
            }
        });
        return people;
    }

    public static Option<int> SeedOption() => new("--seed")
    {
        Description = "Seed for the generator: the same seed and size always give the same files",
        HelpName = "S",
        DefaultValueFactory = _ => DemoSpec.DefaultSeed,
    };
}
