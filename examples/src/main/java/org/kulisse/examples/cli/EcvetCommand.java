package org.kulisse.examples.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.CreditPoints;
import org.kulisse.core.model.Qualification;
import org.kulisse.core.model.QualificationUnit;
import org.kulisse.core.model.Unit;
import org.kulisse.ecvet.PointsAllocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code kulisse ecvet ...}: ECVET helpers. */
@Command(name = "ecvet", mixinStandardHelpOptions = true, description = "ECVET helpers.",
        subcommands = {EcvetCommand.Allocate.class},
        footer = {"", "Example:", "  kulisse ecvet allocate --framework framework.json --qualification EU-BACKSTAGE-JBT"})
final class EcvetCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a subcommand: allocate");
    }

    /** {@code kulisse ecvet allocate}: the largest-remainder allocation of a qualification's points. */
    @Command(name = "allocate", mixinStandardHelpOptions = true,
            description = {"Allocate a qualification's ECVET points to its units in proportion to weights",
                    "(largest remainder; the result always sums to the qualification's points). Prints JSON."},
            footer = {"", "Example:", "  kulisse ecvet allocate --framework framework.json --qualification Q "
                    + "--weights U1=2,U2=1"})
    static final class Allocate implements Callable<Integer> {

        @Option(names = "--framework", required = true, paramLabel = "F", description = "The framework.")
        Path framework;

        @Option(names = "--qualification", required = true, paramLabel = "Q", description = "Qualification id.")
        String qualification;

        @Option(names = "--weights", split = ",", paramLabel = "UNIT=W",
                description = "Weights by unit code or id (default 1 each).")
        Map<String, BigDecimal> weights = new LinkedHashMap<>();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            CompetenceFramework f = FrameworkFiles.read(framework, spec.commandLine().getErr());
            Qualification q = f.qualification(qualification).orElseThrow(() -> new ParameterException(
                    spec.commandLine(), "the framework has no qualification \"" + qualification + "\""));
            CreditPoints total = q.pointsIn(CreditPoints.ECVET).orElse(null);
            if (total == null || total.value().stripTrailingZeros().scale() > 0) {
                spec.commandLine().getErr().println("kulisse: qualification \"" + qualification
                        + "\" has no whole number of ECVET points to allocate");
                return KulisseCommand.INVALID;
            }
            List<Unit> units = new ArrayList<>();
            for (QualificationUnit qu : q.units()) {
                units.add(f.unit(qu.unit()).orElseThrow(() -> new ParameterException(spec.commandLine(),
                        "the qualification names unit \"" + qu.unit() + "\", which the framework lacks")));
            }
            for (String key : weights.keySet()) {
                boolean known = units.stream().anyMatch(u -> key.equals(u.id()) || key.equals(u.code()));
                if (!known) {
                    throw new ParameterException(spec.commandLine(), "--weights names \"" + key
                            + "\", which is not a unit of the qualification");
                }
            }
            List<BigDecimal> w = units.stream().map(u -> weights.getOrDefault(u.code(),
                    weights.getOrDefault(u.id(), BigDecimal.ONE))).toList();
            if (w.stream().anyMatch(x -> x.signum() <= 0)) {
                throw new ParameterException(spec.commandLine(), "weights must be positive");
            }
            List<Integer> shares = PointsAllocation.allocate(total.value().intValueExact(), w);
            ObjectNode result = Json.object();
            result.put("qualification", q.id());
            result.put("total", total.value());
            result.put("creditSystem", total.system());
            ArrayNode allocation = result.putArray("allocation");
            for (int i = 0; i < units.size(); i++) {
                ObjectNode entry = allocation.addObject();
                entry.put("unit", units.get(i).code() != null ? units.get(i).code() : units.get(i).id());
                entry.put("unitId", units.get(i).id());
                entry.put("weight", w.get(i));
                entry.put("points", shares.get(i));
            }
            Json.print(spec.commandLine().getOut(), result);
            return KulisseCommand.OK;
        }
    }
}
