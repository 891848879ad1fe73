// The modules, in the order of the navigation. Adding a module is one line
// here (see docs/architecture.md, "Adding a module"):
//
//   KAMAE_MODULE(id)   a module that is built: app/<id>/ defines
//                      `const modules::ModuleInfo &idModule()` and ui/<id>/
//                      defines `ui::ModulePages idPages()`; both folders are
//                      compiled without any other edit.
//
// Deliberately without #pragma once: it is expanded with different
// definitions of the macro.
#ifndef KAMAE_MODULE
#define KAMAE_MODULE(id)
#endif

KAMAE_MODULE(organisation)
KAMAE_MODULE(assets)
KAMAE_MODULE(patches)
KAMAE_MODULE(backups)
KAMAE_MODULE(selfAssessment)
KAMAE_MODULE(training)
KAMAE_MODULE(bcp)
KAMAE_MODULE(incidents)

#undef KAMAE_MODULE
