'use strict';
/**
 * Returns the inline tracking snippet. It:
 *  - does nothing when the visitor sends Do-Not-Track or on localhost,
 *  - sets no cookies and reads no storage,
 *  - sends one small JSON event (page path, referrer host, screen width bucket)
 *    with navigator.sendBeacon to the endpoint configured by the site owner.
 */
module.exports = function snippet({ endpoint, domain, trackOutbound, hashRouting }) {
  const cfg = JSON.stringify({ e: endpoint, d: domain, o: !!trackOutbound, h: !!hashRouting });
  return `(function(w,d,c){
if(w.__pvInit)return;w.__pvInit=1;
var n=w.navigator;if(n.doNotTrack==="1"||w.doNotTrack==="1")return;
if(/^localhost$|^127\\.|^\\[::1\\]$/.test(w.location.hostname))return;
function send(name,props){
var l=w.location,r=d.referrer;
var body=JSON.stringify({n:name,d:c.d,u:l.pathname+(c.h?l.hash:""),r:r?new URL(r).hostname:null,w:w.innerWidth<576?"s":w.innerWidth<992?"m":"l",p:props||null});
if(n.sendBeacon){n.sendBeacon(c.e,new Blob([body],{type:"application/json"}));}
else{var x=new XMLHttpRequest();x.open("POST",c.e,true);x.setRequestHeader("Content-Type","application/json");x.send(body);}
}
w.pv=function(name,props){send(name,props);};
var last;function page(){var p=w.location.pathname;if(p===last)return;last=p;send("pageview");}
var hp=w.history.pushState;if(hp){w.history.pushState=function(){hp.apply(this,arguments);page();};w.addEventListener("popstate",page);}
if(c.h)w.addEventListener("hashchange",page);
if(c.o)d.addEventListener("click",function(ev){var a=ev.target&&ev.target.closest&&ev.target.closest("a[href]");if(a&&a.host&&a.host!==w.location.host)send("outbound",{url:a.href});},true);
if(d.visibilityState==="prerender"){d.addEventListener("visibilitychange",function f(){if(d.visibilityState==="visible"){d.removeEventListener("visibilitychange",f);page();}});}else page();
})(window,document,${cfg});`;
};
