/*
 * dumptable.c - print libscap's event table (ids 0..335, the ones sysdig
 * 0.29.3 knows) as JSON for gencap.py.  A development tool: gencap.py
 * builds it on demand with the system C compiler.
 */
#include <stdio.h>
#include "evtable.h"
static void str(const char*s){putchar('"');for(;*s;s++){if(*s=='"'||*s=='\\')putchar('\\');putchar(*s);}putchar('"');}
int main(void){
 printf("[\n");
 for(int i=0;i<SCAP_EVENT_MAX_2022;i++){
  const struct scap_eventinfo*e=&scapint_events[i];
  printf("%s{\"id\":%d,\"name\":",i?",":"",i); str(e->name?e->name:"NA");
  printf(",\"cat\":%u,\"flags\":%u,\"np\":%u,\"npmax\":%u,\"params\":[",e->category,e->flags,e->nparams,e->nparams_max);
  for(int j=0;j<e->nparams_max;j++){const struct scap_paraminfo*p=&e->params[j];
   printf("%s{\"name\":",j?",":""); str(p->name);
   printf(",\"type\":%u,\"fmt\":%u,\"dirfd\":%d,\"dyn\":[",p->type,p->fmt,p->dirfd);
   for(int k=0;k<p->ndyn&&p->dyn;k++)printf("%s%u",k?",":"",p->dyn[k].type);
   printf("],\"names\":[");
   if(p->names)for(int k=0;p->names[k].name;k++){printf("%s[",k?",":"");str(p->names[k].name);printf(",%u]",p->names[k].value);}
   printf("]}");
  }
  printf("]}\n");
 }
 printf("]\n");}
