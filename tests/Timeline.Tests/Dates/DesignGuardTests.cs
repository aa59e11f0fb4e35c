using System.Reflection;
using Annals.Dates;

namespace Annals.Tests.Dates;

/// <summary>Checks that the date code keeps away from the clock, the machine's time zone and the current culture.</summary>
public class DesignGuardTests
{
    private static readonly string[] Forbidden =
    [
        "DateTime.Now", "DateTime.Today", "DateTime.UtcNow", "DateTimeOffset.Now", "DateTimeOffset.UtcNow",
        "TimeZoneInfo.Local", "SystemClock", "DateTimeZoneProviders.Tzdb.GetSystemDefault", "BclDateTimeZone.ForSystemDefault",
        "CurrentCulture", "CurrentUICulture", "Regex",
    ];

    [Fact]
    public void DatesSource_UsesNoClockTimeZoneCultureOrRegex()
    {
        string folder = Path.Combine(RepositoryRoot(), "src", "Timeline", "Dates");
        string[] files = Directory.GetFiles(folder, "*.cs");

        files.Should().NotBeEmpty();
        foreach (string file in files)
        {
            string source = File.ReadAllText(file);
            foreach (string name in Forbidden)
            {
                source.Should().NotContain(name, because: $"{Path.GetFileName(file)} must not depend on the clock, the machine's zone, the culture or regular expressions");
            }
        }
    }

    [Fact]
    public void PublicApi_NeverExposesSystemDateTime()
    {
        Type[] banned = [typeof(DateTime), typeof(DateTimeOffset), typeof(DateTime?), typeof(DateTimeOffset?)];
        IEnumerable<Type> types = typeof(EdtfDate).Assembly.GetExportedTypes();

        foreach (Type type in types)
        {
            foreach (MemberInfo member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                IEnumerable<Type> used = member switch
                {
                    MethodInfo m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType),
                    PropertyInfo p => [p.PropertyType],
                    FieldInfo f => [f.FieldType],
                    ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
                    _ => [],
                };
                used.Should().NotContain(banned, because: $"{type.Name}.{member.Name} is public");
            }
        }
    }

    [Fact]
    public void EdtfDate_IsAbstractAndItsShapesAreSealed()
    {
        typeof(EdtfDate).IsAbstract.Should().BeTrue();
        typeof(EdtfDate).GetConstructors(BindingFlags.Public | BindingFlags.Instance).Should().BeEmpty();
        foreach (Type type in new[] { typeof(EdtfSingleDate), typeof(EdtfInterval), typeof(EdtfSet), typeof(IntervalEnd), typeof(EdtfSetMember) })
        {
            type.IsSealed.Should().BeTrue(because: $"{type.Name} is an immutable value type of the library");
            type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Should().BeEmpty();
        }
    }

    private static string RepositoryRoot()
    {
        DirectoryInfo? directory = new(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Timeline.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Timeline.sln not found above " + AppContext.BaseDirectory);
    }
}
