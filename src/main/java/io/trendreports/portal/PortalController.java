package io.trendreports.portal;

import java.security.Principal;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages: runs, one run, search, run progress, sign-in. */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class PortalController {

    private final RunCatalog catalog;
    private final RunHistory history;
    private final RunSearch search;
    private final RunLauncher launcher;
    private final PortalProperties properties;

    PortalController(RunCatalog catalog, RunHistory history, RunSearch search, RunLauncher launcher,
                     PortalProperties properties) {
        this.catalog = catalog;
        this.history = history;
        this.search = search;
        this.launcher = launcher;
        this.properties = properties;
    }

    @ModelAttribute
    void user(Model model, Authentication auth) {
        if (auth != null) {
            model.addAttribute("userName", auth.getName());
            model.addAttribute("operator", auth.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals("ROLE_" + PortalSecurity.OPERATOR)));
        }
    }

    @GetMapping("/login")
    String login() {
        return "portal/login";
    }

    @GetMapping("/")
    String home() {
        return "redirect:/runs";
    }

    @GetMapping("/runs")
    String runs(Model model) {
        int limit = properties.runsShown();
        model.addAttribute("rows", RunRows.of(history.recent(limit), catalog.runs(), catalog.latestRunId(), limit));
        model.addAttribute("live", history.current().orElse(null));
        return "portal/runs";
    }

    @GetMapping("/runs/{runId}")
    String run(@PathVariable String runId, Model model) {
        PublishedRun run = catalog.find(runId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no published run " + runId));
        boolean latest = catalog.latestRunId().map(run.runId()::equals).orElse(false);
        model.addAttribute("page", RunPage.of(run, search.sections(run), latest));
        return "portal/run";
    }

    @GetMapping("/search")
    String search(@RequestParam(name = "q", required = false) String q,
                  @RequestParam(name = "run", required = false) String run, Model model) {
        model.addAttribute("result", search.search(q, run));
        return "portal/search";
    }

    @GetMapping("/progress")
    String progress(Model model) {
        RunLauncher.Launch launch = launcher.last().orElse(null);
        model.addAttribute("launch", launch);
        model.addAttribute("notice", launch == null || launch.running() ? null : LaunchNotice.of(launch.result()));
        model.addAttribute("live", history.current().orElse(null));
        return "portal/progress";
    }

    @PostMapping("/runs/start")
    String start(@RequestParam(name = "force", defaultValue = "false") boolean force, Principal user,
                 RedirectAttributes redirect) {
        Optional<String> refused = launcher.start(user.getName(), force);
        refused.ifPresent(reason -> redirect.addFlashAttribute("refused", reason));
        return "redirect:/progress";
    }
}
