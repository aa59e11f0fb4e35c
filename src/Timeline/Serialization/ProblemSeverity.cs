namespace Annals.Serialization;

/// <summary>How serious a <see cref="LoadProblem"/> is.</summary>
public enum ProblemSeverity
{
    /// <summary>The file cannot be loaded until the problem is fixed.</summary>
    Error,

    /// <summary>The file loads, but something in it is probably a mistake, such as a misspelt field name.</summary>
    Warning,
}
